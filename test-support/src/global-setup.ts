import { prepareTestPki } from './pki';

export default async function globalSetup(): Promise<void> {
  process.env.DUO_SIM_TEST_PKI = await prepareTestPki();
}
