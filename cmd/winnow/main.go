// Command winnow strips boilerplate from scraped news: it splits every
// article of a dump into paragraphs, labels each paragraph body, bio, promo,
// comment or chrome, and writes the kept text as compressed, sharded JSONL.
//
// Usage:
//
//	winnow clean [flags] [INPUT...]   clean a dump (default: the built-in sample)
//	winnow eval [flags]               score labels or clean text against gold
//	winnow train [flags]              train the learned classifier on gold labels
//	winnow verify DIR                 check an output directory against its manifest
//	winnow version                    print the version
//
// Run "winnow COMMAND -h" for the flags of a command.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is the tool version written into manifests.
const version = "0.1.0"

// Exit statuses.
const (
	exitOK    = 0
	exitFatal = 1
	exitUsage = 2
)

func main() {
	os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// runMain runs one command line as the process: the first SIGINT or
// SIGTERM cancels the command's context, so that it stops cleanly (a clean
// run keeps its finished shards and checkpoint and exits with status 1); a
// second one kills the process at once.
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case sig := <-sigs:
			// Back to the default: the next signal ends the process.
			signal.Reset(os.Interrupt, syscall.SIGTERM)
			name := "SIGINT"
			if sig == syscall.SIGTERM {
				name = "SIGTERM"
			}
			fmt.Fprintf(stderr, "winnow: %s: stopping cleanly, keeping the work done so far (send it again to quit at once)\n", name)
			cancel()
		case <-done:
			signal.Stop(sigs)
		}
	}()
	return run(ctx, args, stdin, stdout, stderr)
}

// env is what a command sees of the process: its streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// checkpointed, if set, is called after each checkpoint a clean run
	// writes, with the number of finished shards; tests use it to stop a
	// run at a known point. The CLI leaves it nil.
	checkpointed func(shards int)
}

const usage = `winnow strips boilerplate from scraped news.

Usage:
  winnow clean [flags] [INPUT...]   clean a dump into compressed shards (no INPUT: the built-in sample)
  winnow eval [flags]               score a classifier against gold labels or the article-extraction benchmark
  winnow train [flags]              train the learned paragraph classifier on gold labels
  winnow verify DIR                 check a finished output directory against its manifest
  winnow bench [flags] [INPUT...]   measure throughput against the zstd floor (default input: article-extraction)
  winnow version                    print the version

Run "winnow COMMAND -h" for a command's flags.
`

// run executes one command line and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(ctx, env{stdin: stdin, stdout: stdout, stderr: stderr}, args)
}

// runEnv executes one command line in e and returns the exit status.
func runEnv(ctx context.Context, e env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "clean":
		err = cmdClean(ctx, e, args[1:])
	case "eval":
		err = cmdEval(ctx, e, args[1:])
	case "verify":
		err = cmdVerify(ctx, e, args[1:])
	case "train":
		err = cmdTrain(ctx, e, args[1:])
	case "bench":
		err = cmdBench(ctx, e, args[1:])
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "winnow", version)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "winnow: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return exitCode(err, stderr)
}

// usageError is a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// exitStatusError carries an exit status with a message already printed.
type exitStatusError struct {
	code int
	msg  string
}

func (e *exitStatusError) Error() string { return e.msg }

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "winnow: %s\n", ue.msg)
		return exitUsage
	}
	var se *exitStatusError
	if errors.As(err, &se) {
		if se.msg != "" {
			fmt.Fprintf(stderr, "winnow: %s\n", se.msg)
		}
		return se.code
	}
	fmt.Fprintf(stderr, "winnow: %v\n", err)
	return exitFatal
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments, and returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
