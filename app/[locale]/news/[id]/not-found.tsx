// The 404 page for stories is rendered by ./layout.tsx (see NotFoundPage).
export default function StoryNotFound() {
  return null;
}
