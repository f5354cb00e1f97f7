package com.example.docs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/documents")
public class DocumentController {
    private static final Path ROOT = Paths.get("/srv/documents");

    @GetMapping("/{name}")
    public byte[] read(@PathVariable String name) throws IOException {
        Path file = ROOT.resolve(name).normalize();
        if (!file.startsWith(ROOT)) {
            throw new IllegalArgumentException("outside the document root");
        }
        return Files.readAllBytes(file);
    }

    @GetMapping("/by-name")
    public byte[] byName(@RequestParam String name) throws IOException {
        return Files.readAllBytes(Paths.get("/srv/documents", FilenameUtils.getName(name)));
    }

    @GetMapping("/by-id/{id}")
    public byte[] byId(@PathVariable UUID id) throws IOException {
        return Files.readAllBytes(Paths.get("/srv/documents", id + ".pdf"));
    }

    @PostMapping("/upload")
    public void upload(@RequestParam("doc") MultipartFile doc) throws IOException {
        doc.transferTo(new File("/srv/documents", UUID.randomUUID() + ".bin"));
    }
}
