/**
 * The `image` node: a picture from our own media library, never a URL from elsewhere. A body image is a block with the
 * media's path, the alt text in the article's language and the media id (so the workspace can find where a media item
 * is used). It has no title, width, height or style: the public stylesheet sizes images.
 */
import { Node } from '@tiptap/core';

export const IMAGE_NODE = 'image';

const MEDIA_SRC = /^\/media\/[A-Za-z0-9._/-]+$/;
const MEDIA_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_SRC_LENGTH = 512;
export const MAX_ALT_LENGTH = 1000;

/**
 * A path served by our media route: `/media/…` with plain characters only, so it cannot carry a scheme, a quote, an
 * entity or a host. `..` is refused so it cannot climb out of the media route, and SVG is refused because uploads
 * never accept it (an SVG opened on its own is a document that can run script).
 */
export function isMediaSrc(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_SRC_LENGTH &&
    MEDIA_SRC.test(value) &&
    !value.includes('..') &&
    !/\.svgz?$/i.test(value)
  );
}

export function isMediaId(value: unknown): value is string {
  return typeof value === 'string' && MEDIA_ID.test(value);
}

export const MediaImage = Node.create({
  name: IMAGE_NODE,
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: {
        default: null,
        // Checked by ProseMirror whenever the node is created or checked: no code path can hold a foreign src.
        validate: (value: unknown) => {
          if (!isMediaSrc(value)) throw new RangeError('image src must be a media path');
        },
        parseHTML: (element: HTMLElement) => element.getAttribute('src'),
      },
      alt: {
        default: '',
        parseHTML: (element: HTMLElement) => (element.getAttribute('alt') ?? '').slice(0, MAX_ALT_LENGTH),
      },
      mediaId: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('data-media-id') },
    };
  },

  parseHTML() {
    return [
      {
        // Pasting an image copied from one of our pages keeps it; any other image (Word's file:// pictures, data:
        // URLs, other sites) is dropped: images enter a body only through the media library.
        tag: 'img[src]',
        getAttrs: (element: HTMLElement) =>
          isMediaSrc(element.getAttribute('src')) && isMediaId(element.getAttribute('data-media-id')) && null,
      },
    ];
  },

  renderHTML({ node }) {
    const { src, alt, mediaId } = node.attrs as Record<string, unknown>;
    // Built from the node's own attributes (not the merged HTML attributes) so nothing else can reach the tag.
    return [
      'img',
      {
        src: isMediaSrc(src) ? src : null,
        alt: typeof alt === 'string' ? alt : '',
        loading: 'lazy',
        'data-media-id': isMediaId(mediaId) ? mediaId : null,
      },
    ];
  },
});
