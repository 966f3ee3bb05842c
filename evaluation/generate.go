package evaluation

// RULES.md, at the root of the module, documents every code of Rules. After
// changing the catalogue, rewrite it with
//
//	go generate ./evaluation/
//
// A test in internal/rulesdoc fails while it is out of date.

//go:generate go run ./internal/rulesdoc -o ../RULES.md
