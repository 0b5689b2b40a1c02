// The control for ../workerd.test.ts: Ajv compiling a schema at run time, the way the
// receiver validated before its validators were precompiled. workerd must refuse it, or the
// test of the real handler would prove nothing.
import Ajv2020 from 'ajv/dist/2020.js';

export default {
  fetch(): Response {
    try {
      new Ajv2020({ logger: false }).compile({ type: 'string' });
      return new Response('compiled');
    } catch (error) {
      return new Response(`${(error as Error).name}: ${(error as Error).message}`, { status: 500 });
    }
  },
};
