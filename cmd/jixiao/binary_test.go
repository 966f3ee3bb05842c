package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
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

// The install section of the README works from a clone: `go install
// ./cmd/jixiao` puts a jixiao that answers `version` in GOBIN; the licence
// and the changelog it points to are there.
func TestInstallFromAClone(t *testing.T) {
	if testing.Short() {
		t.Skip("installs the command")
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"go install ./cmd/jixiao", "[LICENSE](LICENSE)", "[CHANGELOG.md](CHANGELOG.md)"} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README lacks %q", want)
		}
	}
	for _, f := range []string{"../../LICENSE", "../../CHANGELOG.md"} {
		if st, err := os.Stat(f); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	gobin := t.TempDir()
	cmd := exec.Command("go", "install", "./cmd/jixiao")
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "GOBIN="+gobin)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, out)
	}
	out, err := exec.Command(filepath.Join(gobin, "jixiao"), "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "jixiao ") {
		t.Errorf("installed jixiao version: %q, %v", out, err)
	}
}
