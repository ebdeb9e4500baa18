import fs from 'node:fs';
import path from 'node:path';
import { buildEditorial, EDITORIAL_DIST } from './support/editorial';

export default function globalSetup() {
  // E2E_REUSE_BUILD=1 skips the fixture build when one exists: for re-running a spec while working on it.
  if (process.env.E2E_REUSE_BUILD === '1' && fs.existsSync(path.join(EDITORIAL_DIST, 'BUILD_ID'))) return;
  buildEditorial();
}
