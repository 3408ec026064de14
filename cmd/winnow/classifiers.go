package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/winnowhq/winnow/stages/classify"
)

// classifierSpec is a --classifier value: "model" (the embedded model),
// "model:PATH" (a model file from winnow train), "rules", or "exec:CMD" (an
// external classifier, eval only).
type classifierSpec string

const classifierHelp = `paragraph classifier: model (built-in learned model), model:PATH (a model from winnow train), rules (the transparent rule baseline)`

// load returns the classifier a spec names, with the given focus.
func (s classifierSpec) load(focus classify.Focus) (classify.Classifier, error) {
	spec := string(s)
	switch {
	case spec == "rules":
		if focus != classify.Balanced {
			return nil, usagef("--focus applies to the learned model, not to --classifier rules")
		}
		r, err := classify.DefaultRules()
		if err != nil {
			return nil, fmt.Errorf("load rule classifier: %w", err)
		}
		return r, nil
	case spec == "model":
		m, err := classify.DefaultModel()
		if err != nil {
			return nil, err
		}
		return m.WithFocus(focus), nil
	case strings.HasPrefix(spec, "model:"):
		m, err := loadModelFile(strings.TrimPrefix(spec, "model:"))
		if err != nil {
			return nil, err
		}
		return m.WithFocus(focus), nil
	case strings.HasPrefix(spec, "exec:"):
		return nil, usagef("--classifier %s: external classifiers run in winnow eval only", spec)
	}
	return nil, usagef("unknown classifier %q (want model, model:PATH, rules or exec:CMD)", spec)
}

// model returns the learned model a spec names, or nil for other kinds.
func (s classifierSpec) model() (*classify.Model, error) {
	spec := string(s)
	switch {
	case spec == "model":
		return classify.DefaultModel()
	case strings.HasPrefix(spec, "model:"):
		return loadModelFile(strings.TrimPrefix(spec, "model:"))
	}
	return nil, nil
}

func loadModelFile(path string) (*classify.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer f.Close()
	rules, err := classify.DefaultRules()
	if err != nil {
		return nil, err
	}
	m, err := classify.ReadModel(f, rules)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	return m, nil
}
