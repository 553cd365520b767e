package boilerplate

import (
	"slices"
	"testing"
)

// TestDocumentViewerRT46: an embedded document viewer between two parts
// of the article (its title, page counter, controls, host and
// contributor) goes, and the article reads on across it; the headline
// over a byline that holds the author's address (removed as a contact
// line) is found.
func TestDocumentViewerRT46(t *testing.T) {
	head := []string{"School board weighs $4.1 million in cuts as enrollment slides",
		"Proposed budget would close an elementary school, trim 38 positions and end late buses",
		"By Dana Kowalczyk dkowalczyk@example.com", "Mar 12, 2026", "Updated 6 hrs ago", "Facebook", "Email", "SMS", "Print",
		"Save", "Listen to this article 5 min"}
	viewer := []string{"HCPS 2026-27 Preliminary Budget Presentation", "Page 1 of 12", "Zoom in", "Zoom out",
		"Previous page", "Next page", "Fullscreen", "Download", "Hosted by DocuCloud", "View document or read text"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], viewer, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	v := lo + len(head) + 2
	checkMarkerKept(t, "viewer", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+2 || i >= lo+len(head) && i < v || i >= v+len(viewer) && i < v+len(viewer)+2
	})
}

// TestViewerLabelsRT46: a document viewer's controls and its host.
func TestViewerLabelsRT46(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"Zoom in", true},
			{"Next page", true},
			{"View document or read text", true},
		},
		RuleAffiliate: {
			{"Radar data provided by StormGrid. Map may not reflect current conditions.", true},
			{"Radar data from the weather service showed the storm moving east across the county on Tuesday night.", false},
		},
		RuleLinkLabel: {
			{"Seguí leyendo", true},
			{"Czytaj również: Szpital w Osiekach bez pediatrii. Dzieci trafiają na SOR", true},
			{"Read the latest news on the Tshwane water crisis here.", true},
		},
		RulePaywall: {
			{"Dostęp do tego artykułu jest płatny. Zostań prenumeratorem i czytaj bez ograniczeń.", true},
			{"Dostęp do tego artykułu ma każdy mieszkaniec, powiedział burmistrz.", false},
		},
		RuleSponsor: {
			{"Hosted by DocuCloud", true},
			{"Hosted by the city, the festival drew 40,000 visitors over the weekend.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestObituaryFactsRT46: the facts box that closes an obituary stays with
// it; a line under the article that gives no dates, over fields, does not
// join it.
func TestObituaryFactsRT46(t *testing.T) {
	head := []string{"Margaret Ellery, who mapped the proteins of wheat, has died aged 91"}
	foot := slices.Concat([]string{"Explore more on these topics", "Science", "Share", "Comments (142)"}, rt37Foot)
	facts := []string{"Margaret Ann Ellery, crystallographer, born 2 June 1934; died 19 February 2026",
		"Born: 2 June 1934, Sunderland", "Died: 19 February 2026, Cambridge",
		"Education: Bede grammar school, Sunderland; Girton College, Cambridge (BA, PhD)",
		"Career: Research fellow, Cambridge, 1962-88; professor of structural biology, 1988-2001; director, Centre for Plant Structural Biology, 1993-2001"}
	for _, tc := range []struct {
		first string
		want  bool
	}{
		{facts[0], true},
		{"Margaret Ann Ellery, crystallographer, of Cambridge", false},
	} {
		box := append([]string{tc.first}, facts[1:]...)
		lines := slices.Concat(rt37Menu, head, rt37Prose, box, foot)
		lo := len(rt37Menu)
		b := lo + len(head) + len(rt37Prose)
		checkMarkerKept(t, tc.first, Default(), lines, func(i int) bool {
			return i >= lo && i < b || tc.want && i >= b && i < b+len(box)
		})
	}
}
