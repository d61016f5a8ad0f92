package org.glimpse.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for 127.0.0.1 made when the server starts, and the files a client needs to
 * trust it. The JDK has no public API that signs a certificate, so its {@code keytool} makes the key pair
 * and certificate (RSA 2048, SAN {@code IP:127.0.0.1} and {@code DNS:localhost}, valid 7 days) and the
 * PKCS12 trust store; the PEM is written here.
 *
 * @param keyStore     PKCS12 holding the server's private key (alias {@value #ALIAS})
 * @param password     of {@code keyStore}: random, made for this start, never written to disk
 * @param trustPem     the certificate in PEM (curl {@code --cacert}, browsers, other tools)
 * @param trustPkcs12  a PKCS12 trust store without password holding only the certificate (Java clients; the
 *                     transport's per-site {@code trustStore})
 */
public record ServerCertificate(Path keyStore, String password, Path trustPem, Path trustPkcs12) {
    public static final String ALIAS = "glimpse-reference-server";
    private static final long KEYTOOL_SECONDS = 60;

    /** Makes a new certificate in {@code dir} (created if missing). */
    public static ServerCertificate create(Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Path keyStore = dir.resolve("server-key.p12");
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
                "-dname", "CN=127.0.0.1, O=Glimpse reference server", "-ext", "SAN=IP:127.0.0.1,DNS:localhost",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", password, "-keypass",
                password);
        Certificate certificate = certificate(keyStore, password);
        Path pem = dir.resolve("trust.pem");
        Path pkcs12 = dir.resolve("trust.p12");
        writePem(certificate, pem);
        writeTrustStore(pem, pkcs12);
        return new ServerCertificate(keyStore, password, pem, pkcs12);
    }

    private static Certificate certificate(Path keyStore, String password) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            return ks.getCertificate(ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IOException("the key store keytool wrote (" + keyStore + ") cannot be read: " + e, e);
        }
    }

    private static void writePem(Certificate certificate, Path file) throws IOException {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n",
                    StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IOException("the certificate cannot be encoded: " + e, e);
        }
    }

    /**
     * Without password, certificate encryption or MAC, so that any Java client opens it with no password: a
     * trust store holds nothing secret. Java 17's {@code KeyStore.store(out, null)} still encrypts, hence
     * keytool with the PKCS12 protection properties set for its own JVM only.
     */
    private static void writeTrustStore(Path pem, Path file) throws IOException {
        keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", pem.toString(), "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", "no-mac-no-password",
                "-J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE", "-J-Dkeystore.pkcs12.macAlgorithm=NONE");
    }

    private static void keytool(String... args) throws IOException {
        Path exe = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(exe)) {
            throw new IOException("--tls needs the JDK's keytool, which is not at " + exe);
        }
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(KEYTOOL_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("keytool " + args[0] + " did not finish within " + KEYTOOL_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool made the certificate", e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed (exit " + p.exitValue() + "): " + output);
        }
    }

    /** Deletes the files (the private key above all). */
    public void delete() throws IOException {
        for (Path p : List.of(keyStore, trustPem, trustPkcs12)) {
            Files.deleteIfExists(p);
        }
    }

    @Override
    public String toString() {
        return "ServerCertificate[" + keyStore + ", trust " + trustPem + ", " + trustPkcs12 + "]";
    }
}
