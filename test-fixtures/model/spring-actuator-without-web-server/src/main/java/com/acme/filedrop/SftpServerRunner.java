package com.acme.filedrop;

import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

// partners drop their files over SFTP; the service has no HTTP side
@Component
public class SftpServerRunner implements CommandLineRunner {
    @Value("${sftp.port}")
    private int port;

    @Override
    public void run(String... args) throws Exception {
        SshServer server = SshServer.setUpDefaultServer();
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(Path.of("hostkey.ser")));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setPublickeyAuthenticator((user, key, session) -> PartnerKeys.known(user, key));
        server.start();
    }
}
