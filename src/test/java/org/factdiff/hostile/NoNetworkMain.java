package org.factdiff.hostile;

import java.net.Socket;
import java.security.Permission;
import org.factdiff.cli.Main;

/**
 * factdiff's main behind a security manager that refuses every network operation (connect,
 * resolve, listen, accept, multicast) and allows everything else. With {@code probe} as the
 * first argument, it tries a connection instead, to show that the block works.
 */
public final class NoNetworkMain {
    static final int BLOCKED = 3;
    /** Exit status when this JVM has no security manager to install (JDK 24 removed it). */
    static final int UNSUPPORTED = 4;

    private NoNetworkMain() {
    }

    public static void main(String[] args) throws Exception {
        try {
            install();
        } catch (UnsupportedOperationException e) {
            System.out.println("no security manager in this JVM: " + e.getMessage());
            System.exit(UNSUPPORTED);
        }
        if (args.length > 0 && args[0].equals("probe")) {
            try (Socket s = new Socket("127.0.0.1", 9)) {
                System.exit(0);
            } catch (SecurityException e) {
                System.out.println(e.getMessage());
                System.exit(BLOCKED);
            }
        }
        Main.main(args);
    }

    @SuppressWarnings("removal")
    private static void install() {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
            }

            @Override
            public void checkConnect(String host, int port) {
                throw new SecurityException("network blocked: " + host + ":" + port);
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                throw new SecurityException("network blocked: " + host + ":" + port);
            }

            @Override
            public void checkListen(int port) {
                throw new SecurityException("network blocked: listen " + port);
            }

            @Override
            public void checkAccept(String host, int port) {
                throw new SecurityException("network blocked: accept " + host);
            }

            @Override
            public void checkMulticast(java.net.InetAddress address) {
                throw new SecurityException("network blocked: multicast");
            }
        });
    }
}
