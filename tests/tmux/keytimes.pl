#!/usr/bin/perl
# Times keys sent to a tmux pane through a control-mode client: for each key, the microseconds from sending it to the
# first piece of the pane's output after it, and to the last piece of that redraw (the output stops for 30 ms).
#   keytimes.pl SOCKET PANE KEY...    prints "KEY FIRST_US END_US" per key
# tmux reports each read of the pane's output on the control client (%output) as it happens. The output is read in
# large pieces and stamped when read, so the timing costs the reader almost nothing: a bash `read` loop takes a pipe
# one byte per system call, which on a full-screen redraw (several KB once tmux escapes it) added tens of ms.
# Terminal.Gui writes the hidden cursor's position after frames and idle iterations: output that is nothing but
# that is not counted as a redraw.
use strict;
use warnings;
use IPC::Open2;
use IO::Select;
use Time::HiRes qw(time);

my ($socket, $pane, @keys) = @ARGV;
die "usage: keytimes.pl SOCKET PANE KEY...\n" unless defined $pane;
my $pid = open2(my $out, my $in, 'tmux', '-L', $socket, '-C', 'attach', '-t', $pane);
$in->autoflush(1);
my $select = IO::Select->new($out);
my $pending = '';

# Lines read within $wait seconds (as soon as any arrive), each as [time read, line].
sub lines_within {
    my ($wait) = @_;
    my @lines;
    return @lines unless $select->can_read($wait > 0 ? $wait : 0);
    my $got = sysread($out, my $chunk, 1 << 20);
    die "keytimes: the control client ended\n" unless $got;
    my $at = time;
    $pending .= $chunk;
    while ($pending =~ s/^([^\n]*)\n//) {
        push @lines, [$at, $1];
    }
    # Output without a whole line yet still counts as output (it is no redraw by itself).
    return @lines ? @lines : ([$at, '']);
}

sub is_drawing {
    my ($line) = @_;
    return 0 unless $line =~ /^%output \Q$pane\E (.*)$/;
    my $data = $1;
    return $data !~ /^(\\033\[\?25[lh])?(\\033\[\d+;\d+H)?$/;
}

sub drain {
    my ($seconds) = @_;
    my $stop = time + $seconds;
    while ((my $left = $stop - time) > 0) { lines_within($left); }
}

drain(0.3);
for my $key (@keys) {
    my $t0 = time;
    print $in "send-keys -t $pane $key\n";
    my ($first, $end);
    my $give_up = $t0 + 20;
    while (!defined $first) {
        die "keytimes: no redraw within 20 s after $key\n" if time > $give_up;
        for my $l (lines_within($give_up - time)) {
            next unless is_drawing($l->[1]);
            $first //= $l->[0];
            $end = $l->[0];
        }
    }
    while (1) {
        my @more = lines_within(0.03);
        last unless @more;
        for my $l (@more) { $end = $l->[0] if is_drawing($l->[1]); }
    }
    printf "%s %d %d\n", $key, ($first - $t0) * 1e6, ($end - $t0) * 1e6;
    drain(0.05);
}
close $in;
waitpid $pid, 0;
