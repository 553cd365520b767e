package boilerplate

import "github.com/cleantext/clean"

// ContextPasses returns the passes that use the rules' findings as context.
func ContextPasses() []clean.Stage { return nil }
