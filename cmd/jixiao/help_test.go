package main

import (
	"strings"
	"testing"
)

// Every command answers --help with its usage and flags on stdout and exit
// 0; a bad flag is a usage error on stderr with exit 2; version prints the
// build's version.
func TestCommandHelp(t *testing.T) {
	for _, cmd := range []string{"check", "rules", "rule", "annotate", "template"} {
		for _, help := range []string{"--help", "-h"} {
			code, stdout, stderr := runCmd(t, cmd, help)
			if code != exitValid || !strings.HasPrefix(stdout, "usage: jixiao "+cmd) || !strings.Contains(stdout, "flags:\n  --") || stderr != "" {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q", cmd, help, code, stdout, stderr)
			}
		}
		code, stdout, stderr := runCmd(t, cmd, "--no-such-flag")
		if code != exitTrouble || stdout != "" || !strings.Contains(stderr, "jixiao "+cmd+" --help") {
			t.Errorf("%s --no-such-flag: exit %d, stdout %q, stderr %q", cmd, code, stdout, stderr)
		}
	}
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, stdout, _ := runCmd(t, args...)
		if code != exitValid || !strings.HasPrefix(stdout, "jixiao ") || !strings.Contains(stdout, "go1.") {
			t.Errorf("%v: exit %d, %q", args, code, stdout)
		}
	}
}
