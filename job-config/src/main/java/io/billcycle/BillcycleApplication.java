package io.billcycle;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.billcycle.cli.Cli;

/** billcycle: batch engine for billing cycles. The operator CLI is the entry point. */
@SpringBootApplication
public class BillcycleApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
