#import <Foundation/Foundation.h>
#import "Article.h"

@class Author, Publisher;
@protocol Shareable;

@interface Article : NSObject <Shareable>
@property (nonatomic, copy) NSString *title;
@property (nonatomic, assign) NSInteger views;
- (instancetype)initWithTitle:(NSString *)title views:(NSInteger)views;
+ (Article *)articleNamed:(NSString *)name;
@end

@interface Article (Sharing)
- (void)shareWithCount:(int)count, ...;
@end

@implementation Article

- (instancetype)initWithTitle:(NSString *)title views:(NSInteger)views {
    self = [super init];
    if (self) {
        _title = [title copy];
        _views = views > 0 ? views : 0;
    }
    return self;
}

+ (Article *)articleNamed:(NSString *)name {
    // Create a new article
    Article *a = [[Article alloc] initWithTitle:name views:@42];
    NSArray *tags = @[@"news", @"tech", @3.5f];
    NSDictionary *meta = @{@"key": @YES, @"count": @0x1F};
    BOOL ok = YES && a != nil;
    char c = @'x';
    @try {
        [a performSelector:@selector(description)];
    } @catch (NSException *e) {
        NSLog(@"Error: %@", e.reason);
    } @finally {
        for (id tag in tags) { NSLog(@"%@", tag); }
    }
    return a;
}

@end
