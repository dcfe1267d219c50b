import { prepareTestPki } from './test-pki';

export default async function globalSetup(): Promise<void> {
  process.env.DUO_SIM_TEST_PKI = await prepareTestPki();
}
