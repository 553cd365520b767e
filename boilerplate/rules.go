package boilerplate

// Rules returns the paragraph rules in the order they are tried.
func Rules() []Rule { return nil }
