package extract

import "testing"

// TestMatchesBoilerplateParts: BEM and CSS-module names. The hash of a
// CSS-module name is never read; a place token in the block ("footer")
// names the component's own box, not its parts.
func TestMatchesBoilerplateParts(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"ArticleFooter_root__tH0gR", true},
		{"ArticleFooter_correction__k2ZsV", false},
		{"ArticleFooter_tags__Z3pQa", true},
		{"ArticleFooter_newsletter__mM7bP", true},
		{"SiteFooter_copy__rL3nK", false},
		{"footer", true},
		{"article-footer", true},
		{"article-footer__correction", false},
		{"article-footer__inner", true},
		{"entry-footer__tags", true},
		{"AdSlot_label__3hFfG", true}, // ad is what the component is
		{"Byline_name__a8Xk2", true},
		{"InlineRelated_link__dN2pH", true},
		{"related-cards__title", true},
		{"author-box__bio", true},
		// hashes that read as tokens
		{"ArticleBody_paragraph__xAd9k", false},
		{"ArticleBody_paragraph__Nav12", false},
		{"ArticleBody_paragraph__x7Kd2", false},
		{"KeyPoints_list__gR6sK", false},
		// not module names: all segments count
		{"story__ad", true},
		{"relatedArticles", true},
		{"story__footer", true},
	} {
		if got := matchesBoilerplate(tc.v, false); got != tc.want {
			stem, b, e := nameParts(tc.v)
			t.Errorf("matchesBoilerplate(%q) = %v, want %v (stem %q block %q element %q)", tc.v, got, tc.want, stem, b, e)
		}
	}
}
