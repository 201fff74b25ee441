#!/bin/sh
echo "excluded folder"
