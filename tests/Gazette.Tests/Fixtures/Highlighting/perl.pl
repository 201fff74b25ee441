#!/usr/bin/perl
use strict;
use warnings;
package My::Module;

=pod

Documentation here.

=cut

my $name = "World";
my @list = (1, 2, 3.5, 0x1F, 0b101, 1_000);
my %hash = (key => 'value', other => "str $name\n", 'quoted' => 1);
our $VERSION = '1.02';

sub greet {
    my ($self, $who) = @_;
    return "Hello, ${who}! @{[ scalar @list ]}";
}

sub max($$) { return $_[0] > $_[1] ? $_[0] : $_[1]; }

foreach my $item (@list) {
    print "Item: $item\n" if $item =~ /^\d+$/;
    next unless defined $item;
}

(my $copy = $name) =~ s/World/Perl/g;
$name =~ tr/a-z/A-Z/;
my $re = qr{^(\w+)\s*=\s*(.*)$}x;
my @words = qw(alpha beta gamma);
my $str = q(single 'quoted' (nested));
if ($name eq 'WORLD' and not $copy ne "Perl") {
    open(my $fh, '<', $file) or die "Cannot open $file: $!";
    while (my $line = <$fh>) { chomp $line; push @lines, $line; }
    close $fh;
}
my $out = `ls -la`;
print STDERR <<"END";
Heredoc with $name
END
local $_ = $hash{key};
my $ref = \@list;
print $$ref[0], $ref->[1], scalar(@$ref), "\n";
my $m = m!path/to!i;
__END__
Anything after end is data.
