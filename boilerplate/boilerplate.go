// Package boilerplate marks the paragraphs of a document that are not the
// article: appeals, share buttons, footers, link labels, captions, menus,
// notices and the like. Every removal carries the name of the rule that fired.
//
// A Classifier runs in two phases. First each Rule looks at one paragraph
// (with its neighbours in view) and may return a Reason; the first rule that
// matches wins. Then the Passes look at the whole document, using what the
// rules found as context (boilerplate clusters at the start and the end of an
// article; a short line between two content paragraphs is a subheading).
package boilerplate

import "github.com/cleantext/clean"

// Reason explains a removal: Rule is a short stable name ("share-label"),
// Detail an optional human-readable note.
type Reason struct {
	Rule   string
	Detail string
}

// A Rule decides whether paragraph i of d is boilerplate. Rules must not
// modify d. They see every paragraph, kept or not.
type Rule interface {
	Match(d *clean.Document, i int) (Reason, bool)
}

// RuleFunc adapts a function to the Rule interface.
type RuleFunc func(d *clean.Document, i int) (Reason, bool)

// Match calls f(d, i).
func (f RuleFunc) Match(d *clean.Document, i int) (Reason, bool) { return f(d, i) }

// Classifier is a boilerplate stage: Rules per paragraph, then Passes over
// the whole document. It is a clean.Stage.
type Classifier struct {
	Rules  []Rule
	Passes []clean.Stage
}

// Mark applies the rules to every kept paragraph of d, then runs the passes.
func (c *Classifier) Mark(d *clean.Document) {
	for i := range d.Paragraphs {
		if !d.Paragraphs[i].Kept() {
			continue
		}
		for _, r := range c.Rules {
			if reason, ok := r.Match(d, i); ok {
				Remove(d, i, reason)
				break
			}
		}
	}
	for _, p := range c.Passes {
		p.Mark(d)
	}
}

// Remove marks paragraph i of d as boilerplate for reason r.
func Remove(d *clean.Document, i int, r Reason) bool {
	return d.Remove(i, clean.Removal{Stage: clean.StageBoilerplate, Rule: r.Rule, Detail: r.Detail})
}

// Default returns the classifier the cleaner uses: the paragraph rules, the
// context passes, the body finder for noisy scraped text (on HTML only its
// cut at a section header after the article, see HTMLTailPass), then the
// document passes on what is left (contents lists, an author's bio).
func Default() *Classifier {
	passes := append(append([]clean.Stage{HTMLPass()}, ContextPasses()...), SkipHTML(BodyPasses())...)
	passes = append(passes, HTMLTailPass())
	return &Classifier{
		Rules:  Rules(),
		Passes: append(passes, DocumentPasses()...),
	}
}
