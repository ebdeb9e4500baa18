/** Whether this request is in Draft Mode (an editor's preview). */
import 'server-only';
import { draftMode } from 'next/headers';
import type { Access } from '@/lib/content';

export async function getAccess(): Promise<Access> {
  return { preview: (await draftMode()).isEnabled };
}
