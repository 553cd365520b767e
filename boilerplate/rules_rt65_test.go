package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// TestRulesRT65 checks red team 65's furniture: a code block's "Copy
// code", notices that the article goes on below an ad in Indonesian,
// Thai, Ukrainian, Arabic and Hindi, Polish video labels, credits after a
// caption in Arabic and in Thai (after a space, as Thai ends a sentence),
// a paywall's access check, and a print note whose headline reports
// speech.
func TestRulesRT65(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {{"Copy code", true}, {"Copy the code into the file and save it.", false}},
		RuleLinkLabel: {
			{"Scroll untuk melanjutkan membaca", true}, {"เลื่อนเพื่ออ่านต่อ", true}, {"Продовження матеріалу нижче", true},
			{"المحتوى يستكمل بالأسفل", true}, {"आगे की खबर नीचे पढ़ें", true},
			{"Zobacz wideo: Pielęgniarki protestują przed szpitalem", true}, {"Materiał wideo: Gazeta Nadwarciańska TV", true},
		},
		RulePhotoCredit: {
			{"وزير المياه والكهرباء خلال جولته في المحطة (الصورة: المكتب الإعلامي للوزارة)", true},
			{"สภาพหมอกควันปกคลุมตัวเมืองภูผาหลวงจนมองไม่เห็นดอยหลวง ภาพ: ธนพล แก้วมูล", true},
			{"ชาวบ้านบอกว่าสภาพอากาศแย่ลงทุกปี และโรงเรียนต้องปิดชั่วคราว", false}, {"รถมือสอง สภาพ: ดีมาก ใช้งานน้อย", false},
		},
		RulePaywall: {
			{"You have a preview view of this article while we are checking your access.", true},
			{"When we have confirmed access, the full article content will load.", true},
			{"We are checking your access to the building, the guard said.", false},
		},
		RuleSource: {
			{"A version of this article appears in print on Jan. 15, 2025, Section A, Page 18 of the New York edition with the headline: Elevator Outages Left Riders Stranded, Audit Says.", true},
			{"A version of this report, the minister says, will be published next week.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestAppealHeadRT65: the paragraphs of a support box above its first
// appeal paragraph that each speak like an appeal, one strongly, go with
// it (see appealHead); a single paragraph with a cue (an obituary's
// donations) stays.
func TestAppealHeadRT65(t *testing.T) {
	box := []string{"… there is a good reason why 1.2 million readers now fund the Ledger.",
		"We have no billionaire owner and no shareholders. That means the journalism you have just read is free from commercial and political influence, and it will always be open for everyone to read, wherever they live and whatever they can afford.",
		"Reporting from places like Carrick Isle and Fennasay takes time, travel and persistence. If you value it, please consider supporting us today. It takes less than a minute."}
	appeal := "Support the Northern Ledger from as little as £1. Thank you."
	for _, tc := range []struct {
		name string
		head []string
		gone bool
	}{
		{"support box", box, true},
		{"weak cues only", box[:2], false},
		{"obituary", []string{"The family has asked that donations, if desired, be made to Kerry Hospice Foundation."}, false},
	} {
		lines := append(append(append([]string{}, rt37Prose...), tc.head...), appeal)
		d := blockDoc(lines...)
		(&Classifier{Rules: Rules(), Passes: []clean.Stage{clean.StageFunc(MarkAppealRuns)}}).Mark(d)
		if d.Paragraphs[len(lines)-1].Kept() {
			t.Fatalf("%s: the appeal is kept", tc.name)
		}
		for i := len(rt37Prose); i < len(lines)-1; i++ {
			if got := !d.Paragraphs[i].Kept(); got != tc.gone {
				t.Errorf("%s: %q removed %v, want %v", tc.name, lines[i], got, tc.gone)
			}
		}
		for i := range rt37Prose {
			if !d.Paragraphs[i].Kept() {
				t.Errorf("%s: article's %q removed", tc.name, lines[i])
			}
		}
	}
}
