package de.nahbar.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

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

    private final InMemoryDirectoryServer server;
    private final int port;

    private TestDirectory(InMemoryDirectoryServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static TestDirectory start() {
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("/directory/jobcenter.ldif")) {
            int port = freePort();
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null); // Active Directory's classes and attributes are not in the standard schema
            config.addAdditionalBindCredentials(SERVICE_ACCOUNT, SERVICE_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
            DisabledAccounts disabled = new DisabledAccounts();
            config.addInMemoryOperationInterceptor(disabled);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            disabled.server = server;
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
            return new TestDirectory(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system properties that point nahbar at this directory (docs/directory.md). */
    public String[] properties() {
        return new String[] {
            "-Dnahbar.ldap.url=" + url(),
            "-Dnahbar.ldap.bind-dn=" + SERVICE_ACCOUNT,
            "-Dnahbar.ldap.bind-password=" + SERVICE_PASSWORD,
            "-Dnahbar.ldap.user-base=OU=Jobcenter," + BASE,
            "-Dnahbar.ldap.group-base=OU=Gruppen,OU=Jobcenter," + BASE
        };
    }

    public String url() {
        return "ldap://localhost:" + port;
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

    /** Takes the member (a DN) out of the group (a DN). */
    public void removeMember(String groupDn, String memberDn) {
        try {
            server.modify(groupDn, new Modification(ModificationType.DELETE, "member", memberDn));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
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
