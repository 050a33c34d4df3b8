/**
 * Image candidates of an item from Media RSS (`media:content`, `media:group`, `media:thumbnail`)
 * and enclosures, best first; and the text Media RSS carries (title, description, categories).
 */
import type { MediaNs } from "feedsmith";

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Whether a media object with this MIME type, medium and URL is an image. */
export function isImage(type: string | undefined, medium: string | undefined, url: string | undefined): boolean {
  if (medium !== undefined) return medium.toLowerCase() === "image";
  if (type !== undefined) return type.toLowerCase().startsWith("image/");
  return url !== undefined && IMAGE_EXTENSION.test(url);
}

/** Image contents first, the widest first (when widths are given), then thumbnails. */
export function mediaImages(media: MediaNs.ItemOrFeed | undefined): string[] {
  if (media === undefined) return [];
  const contents = [...(media.contents ?? []), ...(media.groups ?? []).flatMap((group) => group.contents ?? [])];
  const images = contents
    .filter((content) => content.url !== undefined && isImage(content.type, content.medium, content.url))
    .sort((a, b) => (b.width ?? 0) - (a.width ?? 0))
    .map((content) => content.url);
  const thumbnails = [
    ...(media.thumbnails ?? []),
    ...contents.flatMap((content) => content.thumbnails ?? []),
    ...(media.groups ?? []).flatMap((group) => group.thumbnails ?? []),
  ].map((thumbnail) => thumbnail.url);
  return [...images, ...thumbnails].filter((url): url is string => typeof url === "string");
}

/** Enclosure URLs that are images. */
export function enclosureImages(enclosures: Array<{ url?: string; type?: string }> | undefined): string[] {
  return (enclosures ?? [])
    .filter((enclosure) => isImage(enclosure.type, undefined, enclosure.url))
    .map((enclosure) => enclosure.url)
    .filter((url): url is string => typeof url === "string");
}

/** The Media RSS elements of an item, its groups and contents, in that order (YouTube puts them in a group). */
function mediaLayers(media: MediaNs.ItemOrFeed | undefined): MediaNs.Group[] {
  if (media === undefined) return [];
  return [media, ...(media.groups ?? []), ...(media.contents ?? []), ...(media.groups ?? []).flatMap((group) => group.contents ?? [])];
}

/** `media:title` / `media:description` / `media:category` of an item, wherever Media RSS puts them. */
export function mediaText(media: MediaNs.ItemOrFeed | undefined): { title?: string; description?: { value: string; html: boolean }; categories: string[] } {
  const layers = mediaLayers(media);
  const title = layers.find((layer) => layer.title?.value)?.title?.value;
  const description = layers.find((layer) => layer.description?.value)?.description;
  const categories = layers.flatMap((layer) => (layer.categories ?? []).map((category) => category.label ?? category.name));
  return {
    ...(title === undefined ? {} : { title }),
    ...(description?.value === undefined ? {} : { description: { value: description.value, html: description.type?.toLowerCase() === "html" } }),
    categories: categories.filter((name): name is string => typeof name === "string"),
  };
}
