import 'dart:async';
import 'package:http/http.dart' as http show get;
part of my_library;

/// Documentation comment.
@immutable
abstract class Shape {
  double get area;
}

class Circle extends Shape with Comparable implements Printable {
  final double radius;
  static const pi = 3.14159;
  late String label;

  Circle(this.radius);

  @override
  double get area => pi * radius * radius;

  Future<List<int>> fetch(String url, {required int retries}) async {
    final response = await http.get(Uri.parse(url));
    var count = 0x1F + 42 + .5e-3;
    /* block
       comment */
    for (var i = 0; i < retries; i++) {
      if (response.statusCode == 200 && !false) {
        print('Got ${response.body.length} bytes from $url\n');
        return <int>[1, 2, 3];
      }
    }
    final raw = r'C:\path\no\escape';
    final sym = #mySymbol;
    label = "Circle of radius $radius";
    throw StateError('failed: "$url"');
  }
}

void main() {
  Map<String, dynamic> data = {'key': null, 'ok': true};
  outer: for (final e in data.entries) { continue outer; }
}
