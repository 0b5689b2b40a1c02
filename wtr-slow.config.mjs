import base from './web-test-runner.config.mjs';
export default { ...base, testsFinishTimeout: 900_000, testFramework: { config: { timeout: 60000 } } };
