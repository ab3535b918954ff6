package de.nahbar.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldif.LDIFReader;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;

/**
 * A real LDAP server over a socket, run by the tests themselves (UnboundID's in-memory directory
 * server), loaded with a directory shaped like a Jobcenter's Active Directory
 * ({@code directory/jobcenter.ldif}). As Active Directory does, it refuses the bind of a disabled
 * account (userAccountControl with ACCOUNTDISABLE) with "invalid credentials". Like most
 * directories it accepts a bind with an empty password as an anonymous bind: the trap a login
 * must not fall into.
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE = "DC=jobcenter,DC=test";
    public static final String SERVICE_ACCOUNT = "CN=nahbar-dienst,OU=Dienstkonten," + BASE;
    public static final String SERVICE_PASSWORD = "Dienst-Konto-2026";
    private static final String STORE_PASSWORD = "changeit";

    private final InMemoryDirectoryServer server;
    private final String url;
    private final Path truststore;

    private TestDirectory(InMemoryDirectoryServer server, String url, Path truststore) {
        this.server = server;
        this.url = url;
        this.truststore = truststore;
    }

    /** Plain LDAP. */
    public static TestDirectory start() {
        return start(false);
    }

    /**
     * LDAPS only, with a self-signed certificate for this machine; {@link #properties()} then
     * names a trust store holding just that certificate.
     */
    public static TestDirectory startSecure() {
        return start(true);
    }

    private static TestDirectory start(boolean secure) {
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("/directory/jobcenter.ldif")) {
            int port = freePort();
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null); // Active Directory's classes and attributes are not in the standard schema
            config.addAdditionalBindCredentials(SERVICE_ACCOUNT, SERVICE_PASSWORD);
            Path truststore = null;
            if (secure) {
                Path keystore = certificateForLocalhost();
                SSLUtil tls = new SSLUtil(
                        new KeyStoreKeyManager(keystore.toFile(), STORE_PASSWORD.toCharArray(), "PKCS12", null), null);
                config.setListenerConfigs(
                        InMemoryListenerConfig.createLDAPSConfig("ldaps", port, tls.createSSLServerSocketFactory()));
                truststore = trustStoreOf(keystore);
            } else {
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
            }
            DisabledAccounts disabled = new DisabledAccounts();
            config.addInMemoryOperationInterceptor(disabled);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            disabled.server = server;
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
            return new TestDirectory(server, (secure ? "ldaps" : "ldap") + "://localhost:" + port, truststore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LDAPException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A key store with a self-signed certificate for localhost (name and address, as the login's
     * host name check wants), made by the JDK's keytool.
     */
    private static Path certificateForLocalhost() throws IOException {
        Path keystore = Files.createTempFile("directory-keystore-", ".p12");
        Files.delete(keystore);
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "directory",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-keystore",
                        keystore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        STORE_PASSWORD,
                        "-keypass",
                        STORE_PASSWORD)
                .redirectErrorStream(true)
                .start();
        try {
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException(
                        "keytool: " + new String(keytool.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return keystore;
    }

    /** A PKCS12 trust store with the certificate of the key store's one key. */
    private static Path trustStoreOf(Path keystore) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        String alias = keys.aliases().nextElement();
        trust.setCertificateEntry("directory", keys.getCertificate(alias));
        Path file = Files.createTempFile("directory-truststore-", ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, STORE_PASSWORD.toCharArray());
        }
        return file;
    }

    /** The system properties that point nahbar at this directory (docs/directory.md). */
    public String[] properties() {
        List<String> properties = new ArrayList<>(List.of(
                "-Dnahbar.ldap.url=" + url,
                "-Dnahbar.ldap.bind-dn=" + SERVICE_ACCOUNT,
                "-Dnahbar.ldap.bind-password=" + SERVICE_PASSWORD,
                "-Dnahbar.ldap.user-base=OU=Jobcenter," + BASE,
                "-Dnahbar.ldap.group-base=OU=Gruppen,OU=Jobcenter," + BASE));
        if (truststore != null) {
            properties.add("-Dnahbar.ldap.truststore=" + truststore.toAbsolutePath());
            properties.add("-Dnahbar.ldap.truststore-password=" + STORE_PASSWORD);
        }
        return properties.toArray(String[]::new);
    }

    public String url() {
        return url;
    }

    /** The directory goes away: its port refuses connections. */
    public void stop() {
        server.shutDown(true);
    }

    /** Back on the same port. */
    public void restart() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A leaver's account removed from the directory ({@code cn} below the staff's OU). */
    public void delete(String cn) {
        try {
            server.delete(staff(cn));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account disabled as Active Directory does it (userAccountControl 514). */
    public void disable(String cn) {
        try {
            server.modify(staff(cn), new Modification(ModificationType.REPLACE, "userAccountControl", "514"));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String staff(String cn) {
        return "CN=" + cn + ",OU=Mitarbeitende,OU=Jobcenter," + BASE;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Active Directory's answer to the bind of a disabled account: invalid credentials (data 533). */
    private static final class DisabledAccounts extends InMemoryOperationInterceptor {

        private InMemoryDirectoryServer server;

        @Override
        public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) throws LDAPException {
            String dn = request.getRequest().getBindDN();
            if (dn.isEmpty()) {
                return;
            }
            Entry entry = server.getEntry(dn);
            if (entry != null
                    && entry.hasAttribute("userAccountControl")
                    && (Long.parseLong(entry.getAttributeValue("userAccountControl")) & 0x2) != 0) {
                throw new LDAPException(
                        ResultCode.INVALID_CREDENTIALS,
                        "80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 533");
            }
        }
    }
}
