package main

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// internalName matches a path into an internal package, or an identifier
// of one of the module's internal packages.
var internalName = regexp.MustCompile(`internal/|\b(label|reuse|testgen|badfile|rulesdoc|forms)\.[A-Z]`)

// No exported field or signature of a public package uses a type a user
// cannot name: `go doc -all` of each shows nothing from an internal
// package.
func TestNoInternalTypeInTheAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go doc")
	}
	out, err := exec.Command("go", "list", "github.com/jixiao-go/jixiao/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.Contains(pkg, "/internal") || strings.HasSuffix(pkg, "/cmd/jixiao") || strings.Contains(pkg, "/cmd/") {
			continue
		}
		doc, err := exec.Command("go", "doc", "-all", pkg).Output()
		if err != nil {
			t.Fatalf("go doc %s: %v", pkg, err)
		}
		for _, line := range strings.Split(string(doc), "\n") {
			if m := internalName.FindString(line); m != "" {
				t.Errorf("%s: %q names %s", pkg, strings.TrimSpace(line), m)
			}
		}
	}
}
