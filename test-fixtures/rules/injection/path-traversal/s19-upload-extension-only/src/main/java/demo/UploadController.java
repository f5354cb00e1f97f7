package demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class UploadController {
    private final Path root = Paths.get("uploads");

    // only the extension of the uploaded name reaches the path, after a random name: no '..' segment can form
    @PostMapping("/avatar")
    public String avatar(@RequestParam("file") MultipartFile file) throws IOException {
        String original = file.getOriginalFilename();
        String extension = "";
        if (original != null && original.contains(".")) {
            extension = original.substring(original.lastIndexOf("."));
        }
        Path target = root.resolve(UUID.randomUUID().toString() + extension);
        Files.copy(file.getInputStream(), target, StandardCopyOption.REPLACE_EXISTING);
        return target.toString();
    }

    @PostMapping("/doc")
    public String doc(@RequestParam("file") MultipartFile file) throws IOException {
        String name = System.currentTimeMillis() + "_" + UUID.randomUUID() + "." + extensionOf(file.getOriginalFilename());
        Path target = root.resolve(name);
        Files.copy(file.getInputStream(), target, StandardCopyOption.REPLACE_EXISTING);
        return name;
    }

    // the whole name the client sent after a random prefix: '../' in it still climbs out
    @PostMapping("/raw")
    public String raw(@RequestParam("file") MultipartFile file) throws IOException {
        Path target = root.resolve(UUID.randomUUID() + "_" + file.getOriginalFilename());
        Files.copy(file.getInputStream(), target, StandardCopyOption.REPLACE_EXISTING); // expect: injection/path-traversal
        return target.toString();
    }

    private static String extensionOf(String filename) {
        int lastDot = filename.lastIndexOf('.');
        if (lastDot == -1) {
            return "";
        }
        return filename.substring(lastDot + 1).toLowerCase();
    }
}
