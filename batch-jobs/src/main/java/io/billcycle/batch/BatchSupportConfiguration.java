package io.billcycle.batch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the shared settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatchSettings.class)
public class BatchSupportConfiguration {
}
