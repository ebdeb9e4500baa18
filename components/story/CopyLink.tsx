'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * "Copy link": needs the Clipboard API, so it stays invisible (its space
 * kept, so nothing moves) until this script runs and finds one.
 */
export function CopyLink({
  url,
  label,
  done,
  className,
  pillClassName,
}: {
  url: string;
  label: string;
  done: string;
  className: string;
  pillClassName: string;
}) {
  // false in the server's HTML and while hydrating, then whether this browser has a clipboard.
  const usable = useSyncExternalStore(
    noSubscription,
    () => !!navigator.clipboard,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={`${className} ${usable ? '' : 'invisible'}`}
      aria-hidden={usable ? undefined : true}
      tabIndex={usable ? undefined : -1}
      onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}
    >
      <span aria-live="polite" className={pillClassName}>
        {copied ? done : label}
      </span>
    </button>
  );
}
