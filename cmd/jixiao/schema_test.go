package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Every line check --format json prints, for workbooks of every form, a
// report beside one, a blank template and a file that cannot be read,
// fits docs/report.schema.json, which lists every field (no field outside
// it: additionalProperties is false throughout).
func TestJSONFitsTheSchema(t *testing.T) {
	raw, err := os.ReadFile("../../docs/report.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.xlsx")
	if err := os.WriteFile(bad, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	blank := filepath.Join(dir, "blank.xlsx")
	if code, _, stderr := runCmd(t, "template", "--form", "department", "-o", blank); code != exitValid {
		t.Fatal(stderr)
	}
	var lines []string
	for _, args := range [][]string{
		{"check", "--format", "json", valid, asReported, bad, blank, "../../testdata/real"},
		{"check", "--format", "json", "--report", seedReport, seedWorkbook},
	} {
		_, stdout, _ := runCmd(t, args...)
		lines = append(lines, strings.Split(strings.TrimSpace(stdout), "\n")...)
	}
	if len(lines) != 17 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, line := range lines {
		dec := json.NewDecoder(bytes.NewReader([]byte(line)))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if err := validate(schema, schema, v, "$"); err != nil {
			t.Errorf("line %d: %v\n%s", i+1, err, line)
		}
	}
}

// validate checks v against the subset of JSON Schema the schema file
// uses: $ref into $defs, oneOf, type, const, enum, properties, required,
// additionalProperties false, items.
func validate(root, s map[string]any, v any, path string) error {
	if ref, ok := s["$ref"].(string); ok {
		def, ok := root["$defs"].(map[string]any)[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		if !ok {
			return fmt.Errorf("%s: unknown $ref %s", path, ref)
		}
		return validate(root, def, v, path)
	}
	if alts, ok := s["oneOf"].([]any); ok {
		fits := 0
		for _, a := range alts {
			if validate(root, a.(map[string]any), v, path) == nil {
				fits++
			}
		}
		if fits != 1 {
			return fmt.Errorf("%s: fits %d of oneOf", path, fits)
		}
		return nil
	}
	if c, ok := s["const"]; ok && !reflect.DeepEqual(c, v) {
		return fmt.Errorf("%s: %v is not %v", path, v, c)
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return reflect.DeepEqual(x, v) }) {
		return fmt.Errorf("%s: %v not in %v", path, v, e)
	}
	if ty, ok := s["type"]; ok && !hasType(ty, v) {
		return fmt.Errorf("%s: %T is not %v", path, v, ty)
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asList(s["required"]) {
			if _, ok := x[r.(string)]; !ok {
				return fmt.Errorf("%s: required %s missing", path, r)
			}
		}
		for k, val := range x {
			ps, ok := props[k].(map[string]any)
			if !ok {
				if s["additionalProperties"] == false {
					return fmt.Errorf("%s: field %q is not in the schema", path, k)
				}
				continue
			}
			if err := validate(root, ps, val, path+"."+k); err != nil {
				return err
			}
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, el := range x {
				if err := validate(root, items, el, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func hasType(ty, v any) bool {
	for _, t := range append(asList(ty), ty) {
		name, _ := t.(string)
		switch x := v.(type) {
		case nil:
			if name == "null" {
				return true
			}
		case bool:
			if name == "boolean" {
				return true
			}
		case string:
			if name == "string" {
				return true
			}
		case json.Number:
			if name == "number" || name == "integer" && !strings.ContainsAny(x.String(), ".eE") {
				return true
			}
		case map[string]any:
			if name == "object" {
				return true
			}
		case []any:
			if name == "array" {
				return true
			}
		}
	}
	return false
}
