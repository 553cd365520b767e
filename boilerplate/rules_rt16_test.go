package boilerplate

import (
	"strings"
	"testing"
)

// TestNotices16 checks the notices red team 16 kept: a story's comments
// closed or restricted, a company's safe-harbor notice, an app promo, the
// data vendor's note under a quote widget and a newsletter's consent
// line, and red team 17's appeal for "as little as £3 a month", advice
// disclaimer, print-issue notice, a row of ad labels and a data download, short and long (over shortLen bytes, where only a few rules run),
// with article sentences on the same subjects that stay.
func TestNotices16(t *testing.T) {
	contempt := "Anyone who comments on this story should be aware of the laws of contempt. Please do not post " +
		"anything that could prejudice the trial, including speculation about guilt or innocence, until " +
		"proceedings have concluded. Comments on this article have been restricted."
	safeHarbor := "This press release contains forward-looking statements, including statements regarding the " +
		"expected timing, capacity and job creation of the project. These statements are based on current " +
		"expectations and are subject to risks and uncertainties that could cause actual results to differ " +
		"materially. The company undertakes no obligation to update any forward-looking statement."
	titleCase := "Certain statements in this news release are \"Forward-Looking Statements\" within the meaning " +
		"of the Private Securities Litigation Reform Act of 1995. Such statements involve known and unknown " +
		"risks, and readers are cautioned not to place undue reliance on them."
	reportedLong := "Analysts said the company's forward-looking statements were too optimistic, and that actual " +
		"results in the first quarter would differ materially from its guidance, as the chief executive " +
		"himself told investors on a call on Tuesday that demand for batteries had slowed across Europe."
	// An article's paragraph of more than 80 words that opens like a
	// notice and has one of its words.
	longComments := "Comments on this story from readers in the valley ran to hundreds within a day of its " +
		"publication in March, many of them from families who had used the pool for decades and who could " +
		"not understand why it had closed without warning, without a meeting and without any plan for the " +
		"building, which has stood empty since the last lifeguard locked its doors in the autumn of the " +
		"year before, and which the council now wants to sell to the highest bidder before the end of " +
		"next spring."
	for _, s := range []string{contempt, safeHarbor, titleCase, reportedLong, longComments} {
		if len(s) <= shortLen {
			t.Fatalf("case of %d bytes is not long", len(s))
		}
	}
	checkRuleCases(t, map[string][]ruleCase{
		RuleLegal: {
			{"Comments are closed.", true},
			{"Comments on this article have been disabled for legal reasons.", true},
			{"Commenting is closed on stories about ongoing court cases.", true},
			{contempt, true},
			{longComments, false},
			{"Comments on this story were among the most read on the site last year.", false},
			{"Comments are closed after a week, the editor said.", false},
			{"Anyone who comments on the plans can do so until March, the council said.", false},
			{"We use your sign-up to provide content in the ways you've consented to. Privacy notice", true},
			{"We will use your email address only to send you our newsletter. See our privacy notice.", true},
			{"We use your feedback to improve the park, the ranger told visitors.", false},
		},
		RuleDisclaimer: {
			{safeHarbor, true},
			{titleCase, true},
			{"This release contains forward-looking statements. Actual results may differ materially.", true},
			{reportedLong, false},
			{"Certain statements in this report were later corrected by the ministry.", false},
			{"Forward-looking statements from the bank pointed to a slower economy next year.", false},
			{"This article is not medical advice. Always consult your doctor about your own health.", true},
			{"Nothing in this article constitutes investment advice.", true},
			{"This article is not the first to question the study, which was funded by the industry.", false},
			{"This article is not medical advice, the regulator said in its ruling on the complaint.", false},
		},
		RuleSource: {
			{"This story appears in the December 2026 issue of The Verandah. Subscribe now to get the print edition.", true},
			{"This article appeared in print on page 12 of the weekend edition.", true},
			{"This story appeared in the local news after the mayor's visit to the school.", false},
		},
		RuleShareLabel: {
			{"Download the Coastline Radio app for live travel updates, school closures and warnings in " +
				"your area. Available on iOS and Android.", true},
			{"Get our free app on the App Store or Google Play for breaking news alerts.", true},
			{"Install the Harbour News app on your iPhone to get the morning briefing.", true},
			{"Download the app, the council said, and report potholes from your iPhone.", false},
			{"Get the basics right before you buy an Android phone, experts advise.", false},
			{"Download the form from the council's website and post it before Friday.", false},
			{"Download the council's new app and report the potholes in your street, officials urged.", false},
		},
		RuleAppeal: {
			{"If you value what we do, please consider supporting us. A contribution of as little as £3 a month " +
				"helps keep our reporters in the council chamber and the courtroom.", true},
			{"Tickets cost as little as £3 a month, and the club said it would support local schools with the money.", false},
		},
		RuleLinkLabel: {
			{"Advertisement · Scroll to continue", true},
			{"Advertisement | Report this ad", true},
			{"Download the data", true},
			{"Advertisement · The council approved the budget", false},
			{"Science · Scroll to continue reading our story on the vote", false},
		},
		RuleAffiliate: {
			{"Market data provided by a third-party vendor. Prices are indicative and may be delayed.", true},
			{"Quotes supplied by Exchange Data Ltd. Delayed 15 minutes.", true},
			{"Market data provided by the exchange showed that trading volumes fell by a third in October.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestCommentNoticeLeads checks that every lead of commentNotices is in
// moderationLeads, the gate matchAll passes a short notice through, and
// opens a notice commentNotice finds.
func TestCommentNoticeLeads(t *testing.T) {
	for _, l := range commentNotices {
		s := strings.ToUpper(l[:1]) + l[1:] + " have been closed."
		d := newDoc(article, s, article)
		if r, ok := Rules()[0].Match(d, 1); !ok || r.Rule != RuleLegal {
			t.Errorf("%q: got %v %v, want %s", s, r, ok, RuleLegal)
		}
	}
}
