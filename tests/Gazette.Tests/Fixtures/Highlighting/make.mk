# Build settings
CC = gcc
CFLAGS ?= -O2 -Wall -I$(INCDIR)
LDFLAGS += -lm
SRCS := $(wildcard src/*.c)
OBJS = $(patsubst src/%.c,build/%.o,$(SRCS))
VERSION != git describe --tags
export PATH
export GOFLAGS=-mod=vendor

include config.mk local.mk
-include $(DEPS)

ifeq ($(OS),Windows_NT)
    EXE = .exe
else
    EXE =
endif

ifdef DEBUG
CFLAGS += -g
endif

.PHONY: all clean test

all: build/app$(EXE)

build/app$(EXE): $(OBJS) | build
	@echo "Linking $@"
	$(CC) $(LDFLAGS) -o $@ $^

build/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

test: all
	./build/app --self-test && echo 'ok' || exit 1
	for f in tests/*.sh; do \
	  bash "$$f"; \
	done
ifeq ($(CI),true)
	$(MAKE) -C docs html
endif

clean:
	-rm -rf build $(shell find . -name '*.tmp')
	@echo ${MESSAGE}
