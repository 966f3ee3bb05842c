package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The built command, run as a clerk runs it, on the real workbooks: every
// file gets its JSON line in the versioned shape, the exit code says some
// have errors, --version and --help answer with exit 0, and a bad flag is
// a usage error.
func TestBuiltBinaryOnRealFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "jixiao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit):
			return exit.ExitCode(), stdout.String(), stderr.String()
		case err != nil:
			t.Fatal(err)
		}
		return 0, stdout.String(), stderr.String()
	}
	code, stdout, stderr := run("check", "--format", "json", "-j", "2", "../../testdata/real")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != exitFindings || len(lines) != 12 || !strings.Contains(stderr, "共 12 个文件") {
		t.Errorf("check: exit %d, %d lines, stderr %q", code, len(lines), stderr)
	}
	for _, line := range lines {
		var rep struct{ Schema, File string }
		if err := json.Unmarshal([]byte(line), &rep); err != nil || rep.Schema != "jixiao/v1" {
			t.Errorf("line %q: %v", line, err)
		}
	}
	if code, stdout, _ := run("--version"); code != exitValid || !strings.HasPrefix(stdout, "jixiao ") {
		t.Errorf("--version: exit %d, %q", code, stdout)
	}
	if code, stdout, _ := run("check", "--help"); code != exitValid || !strings.HasPrefix(stdout, "usage: jixiao check") {
		t.Errorf("check --help: exit %d, %q", code, stdout)
	}
	if code, _, stderr := run("check", "--bogus"); code != exitTrouble || !strings.Contains(stderr, "jixiao check --help") {
		t.Errorf("check --bogus: exit %d, %q", code, stderr)
	}
}
