/**
 * The build's output folder (NEXT_DIST_DIR, default .next). CommonJS so that
 * next.config, the app (through lib/config.ts) and the plain-Node scripts
 * all read the setting here.
 */
function distDir() {
  return process.env.NEXT_DIST_DIR || '.next';
}

module.exports = { distDir };
