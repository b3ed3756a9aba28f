/** A link between editions of the story, as the build hands it to the page. */
export interface EditionLink {
  /** the edition's language, for `lang` and `hreflang` */
  lang: string;
  /** the link's words, in the edition's own language */
  label: string;
  /** relative to the page that links */
  href: string;
  canonicalUrl: string;
  /** the edition of the page itself */
  current: boolean;
}
