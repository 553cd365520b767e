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

func TestCorrectionNote(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Correction, Nov. 18: An earlier version of this article misstated the number of households.", true},
		{"CORRECTION: The council meets on Thursday, not Tuesday.", true},
		{"Clarification (May 2): The report was published by the ministry.", true},
		{"This story was updated to correct the spelling of a name. An earlier version of this story misspelled it.", true},
		{"Berichtigung: In einer früheren Fassung hieß es, der Rat tage am Dienstag.", true},
		{"Поправка: в первоначальной версии статьи была указана неверная дата.", true},
		{"Sprostowanie - w poprzedniej wersji artykułu podaliśmy błędną datę.", true},
		// article sentences that look alike
		{"Correctional officers at the prison said the riot lasted two hours.", false},
		{"Correction of the error will take the agency several months.", false},
		{"Corrections", false},
		{"The ministry issued a correction: the figure was 290,000.", false},
		{"Errata were printed in the next edition.", false},
	} {
		if got := correctionNote(tc.text); got != tc.want {
			t.Errorf("correctionNote(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCorrectionKept: a correction printed in a container the pre-cleaning
// removes (an article footer by class or tag, an aside after the article)
// stays in the article; the footer's other parts do not.
func TestCorrectionKept(t *testing.T) {
	body := `<p>The council approved the new budget on Tuesday evening after a debate that lasted more than four hours in the town hall.</p>
<p>Opponents said the plan cut too deeply into the library service, which has already lost two of its branches since 2019.</p>
<p>The mayor said the library would keep its opening hours on weekdays, and that the council would review the plan next year.</p>`
	for _, tc := range []struct{ name, page, note string }{
		{"footer class", `<html><body><article>` + body + `<div class="article-footer"><p><strong>Correction:</strong> An earlier version of this article misstated the day of the vote.</p><ul class="tags"><li><a href="/t/budget">Budget</a></li></ul></div></article></body></html>`,
			"Correction: An earlier version of this article misstated the day of the vote."},
		{"footer tag", `<html><body><article>` + body + `<footer><p><em>Correction, May 3: The vote was on Tuesday, not Monday.</em></p><div class="share">Share this</div></footer></article></body></html>`,
			"Correction, May 3: The vote was on Tuesday, not Monday."},
		{"aside after", `<html><body><main><article>` + body + `</article><aside class="correction"><p>Clarification: the plan was drafted by the finance committee.</p></aside></main></body></html>`,
			"Clarification: the plan was drafted by the finance committee."},
	} {
		d, err := HTML("c.html", []byte(tc.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range d.Paragraphs {
			found = found || p.Text == tc.note
			if p.Text == "Budget" || p.Text == "Share this" {
				t.Errorf("%s: %q is in the article", tc.name, p.Text)
			}
		}
		if !found {
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, p.Text)
			}
			t.Errorf("%s: correction not in the article: %q", tc.name, got)
		}
	}
}
