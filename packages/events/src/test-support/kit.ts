/** The kit and the test harness, for specs, the child process and the benchmark. */
export { openOrm, newId, createLogger, ServiceMetrics, type Orm, type Dialect } from "@pa/service-kit";
export { createTestDatabase, testDialects, type TestDatabase } from "@pa/testing";
