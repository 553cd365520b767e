package boilerplate

import "testing"

// TestByline checks the lines the title search passes over: bylines and
// datelines, with or without "By", and none of the headlines that look a
// little like them.
func TestByline(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"By Jane Doe", true},
		{"by Jane Doe", true},
		{"BY JANE DOE", true},
		{"Von Hans Meier", true},
		{"Par Jeanne Dupont, envoyée spéciale", true},
		{"By admin - 2018-09-16", true},
		{"Jane Doe - Nov 19, 2019, 10:31 pm CST", true},
		{"Associated Press November 19, 2019, 9:02 AM", true},
		{"Published 10:02 AM EST Nov 19, 2019", true},
		{"November 12, 2018 | BY: Beachbody", true},
		{"Jane Doe and John J. Roe Springfield Gazette", true},
		{"Jane Doe, John Roe and Mary Major", true},
		{"Publié le 21 novembre 2026 à 10h15", true},
		{"Mis à jour à 10h15, la rédaction suit la séance du Parlement en direct", true}, // too long for a dateline: the clock
		{"Veröffentlicht am 21. November 2026", true},
		{"Publicado el 21 de noviembre de 2026", true},
		{"21 ноября 2026, 12:40", true},
		{"Pubblicato il 21 novembre 2026", true},

		{"By the numbers: how the vote went", false},
		{"Golden Globes 2020 Predictions: Best Actor in a Limited Series", false},
		{"Republicans Are Following Trump to Nowhere", false},
		{"Bread And Butter Pudding Is Back", false},
		{"Salt and pepper squid, the easy way", false},
		{"Nadal keeps Spain alive against Russia in Davis Cup Finals", false},
		{"Byers wins the final at Wimbledon", false},
		{"The 10 best films of 2019", false},
		{"Die 10 besten Filme des Jahres 2019", false},
		{"Les 5 films à voir en novembre 2026", false},
		{"Marathon record falls as winner finishes in 2 hours 1 minute", false},
	} {
		if got := byline(c.text); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBodyTitleByline checks that a byline or a dateline right above the
// article is not taken for its title: the headline above it is kept and
// they are removed. A title-like line further above a dateline (a caption,
// a menu item) is not taken either.
func TestBodyTitleByline(t *testing.T) {
	menu := []string{"Home", "World", "Sports", "Business", "Technology", "Contact us"}
	prose := []string{
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"The mayor told residents that the bridge was more than fifty years old and had never been repaired since it opened.",
	}
	footer := []string{"Share", "Tweet", "Privacy policy"}
	for _, c := range []struct {
		name  string
		head  []string
		title int // index in head of the line to keep, or -1
	}{
		{"byline", []string{"Bridge to close for a year of repairs", "By Jane Doe"}, 0},
		{"byline and dateline", []string{"Bridge to close for a year of repairs", "By Jane Doe", "Nov. 19, 2019 8:03 am ET"}, 0},
		{"name and date", []string{"Bridge to close for a year of repairs", "Jane Doe - Nov 19, 2019, 10:31 pm CST"}, 0},
		{"names", []string{"Bridge to close for a year of repairs", "Jane Doe and John Roe Springfield Gazette"}, 0},
		{"no byline", []string{"Bridge to close for a year of repairs"}, 0},
		{"caption far above", []string{"The house where the mayor was born in the old town", "Breaking News Emails", "Sign up", "Get alerts", "Nov. 20, 2019, 9:28 AM UTC"}, -1},
	} {
		lines := append(append(append(append([]string{}, menu...), c.head...), prose...), footer...)
		checkBodyKept(t, c.name+", ", lines, func(i int) bool {
			return len(menu)+len(c.head) <= i && i < len(menu)+len(c.head)+len(prose) || c.title >= 0 && i == len(menu)+c.title
		})
	}
}
