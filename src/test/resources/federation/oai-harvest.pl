#!/usr/bin/perl
# Harvests an OAI-PMH repository with Debian's HTTP::OAI (libhttp-oai-perl), a harvester this project did not write:
# Identify, ListMetadataFormats, ListSets, then every oai_dc record, following resumption tokens. Prints one
# tab-separated line per fact; exits non-zero on any HTTP, XML or protocol error.
use strict;
use warnings;
use HTTP::OAI;

binmode STDOUT, ':encoding(UTF-8)';
my $harvester = HTTP::OAI::Harvester->new(baseURL => $ARGV[0]);

sub checked {
    my ($what, $r) = @_;
    die "$what: " . $r->code . " " . $r->message . "\n" if $r->is_error;
    for my $e ($r->error) {
        die "$what: " . $e->code . " " . $e->message . "\n";
    }
    return $r;
}

my $identify = checked('Identify', $harvester->Identify);
print "repositoryName\t", $identify->repositoryName, "\n";
print "deletedRecord\t", $identify->deletedRecord, "\n";
print "granularity\t", $identify->granularity, "\n";

my $formats = checked('ListMetadataFormats', $harvester->ListMetadataFormats);
while (my $format = $formats->next) {
    print "format\t", $format->metadataPrefix, "\n";
}

checked('ListSets', $harvester->ListSets(onRecord => sub {
    my $set = shift;
    print "set\t", $set->setSpec, "\t", $set->setName, "\n";
}));

checked('ListRecords', $harvester->ListRecords(metadataPrefix => 'oai_dc', onRecord => sub {
    my $record = shift;
    print $record->is_deleted ? "deleted" : "record", "\t", $record->identifier, "\n";
}));
