package com.acme.audit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication // expect: errors/global-handler-missing, headers/helmet-missing, lifecycle/graceful-shutdown-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
public class AuditApplication { public static void main(String[] a) { SpringApplication.run(AuditApplication.class, a); } }
