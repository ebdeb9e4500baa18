// The visible 404 body for stories is rendered by ./layout.tsx, which knows the story id.
export default function StoryNotFound() {
  return null;
}
