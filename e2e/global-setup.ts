import { buildEditorial } from './support/editorial';

export default function globalSetup() {
  buildEditorial();
}
