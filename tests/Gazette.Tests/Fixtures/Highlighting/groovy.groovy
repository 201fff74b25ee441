#!/usr/bin/env groovy
package com.example.build

import groovy.json.JsonSlurper
import java.util.*

/* Build helper */
@CompileStatic
class BuildInfo implements Serializable {
    String name = 'app'
    int version = 3
    private static final def RATIO = 1.5e2d

    def describe(String prefix) {
        return "${prefix}: $name v$version"
    }

    static void main(String[] args) {
        def info = new BuildInfo(name: "site")
        def list = [1, 2, 3].collect { it * 2 }
        def map = [key: 'value', count: 0x1F, big: 42L]
        def pattern = /\d+\.\d+/
        def dollar = $/path/to/$dir/$
        def multi = """
            multi-line ${info.name}
        """
        def single = '''raw 'text' '''
        char c = 'x'
        if (list.size() > 2 && map.containsKey('key')) {
            println info.describe('Build')
        } else {
            throw new IllegalStateException("bad")
        }
        outer: for (i in 0..<3) { continue outer }
        assert info instanceof BuildInfo
    }
}

pipeline {
    agent any
    stages {
        stage('Build') {
            steps { sh 'make build' }
        }
    }
}
