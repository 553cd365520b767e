package boilerplate

import "github.com/cleantext/clean"

// BodyPasses returns the passes that find the article body in noisy text.
func BodyPasses() []clean.Stage { return nil }
