import type { ReactNode } from 'react';
// Tailwind's output for app/globals.css (`npm run css`, run by the build and by `npm run dev`).
import './globals.built.css';

// The <html> element lives in app/[locale]/layout.tsx, where its lang and dir are known.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
