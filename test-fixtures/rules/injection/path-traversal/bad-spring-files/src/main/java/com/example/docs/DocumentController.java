package com.example.docs;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/documents")
public class DocumentController {
    private static final String ROOT = "/srv/documents";

    @GetMapping("/{name}")
    public byte[] read(@PathVariable String name) throws IOException {
        return Files.readAllBytes(Paths.get(ROOT, name)); // expect: injection/path-traversal
    }

    @DeleteMapping
    public boolean delete(@RequestParam("file") String file) {
        return new File(ROOT, file).delete(); // expect: injection/path-traversal
    }

    @GetMapping("/raw")
    public byte[] raw(@RequestParam String path) throws IOException {
        try (FileInputStream in = new FileInputStream(ROOT + "/" + path)) { // expect: injection/path-traversal
            return in.readAllBytes();
        }
    }

    @PostMapping("/upload")
    public void upload(@RequestParam("doc") MultipartFile doc) throws IOException {
        doc.transferTo(new File(ROOT, doc.getOriginalFilename())); // expect: injection/path-traversal
    }
}
